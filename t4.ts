import { analyzeText, loadAnalysisModels } from './src/core/analysis';
const models = await loadAnalysisModels();
const S = [
  'Images from Europa were sent back by Hubble and studied at the Keck Observatory, ESA said.',
  'Shoppers crowded malls on Black Friday, and Emirates Airline added flights to Dubai.',
  'Doctors Without Borders said the Blue Line trains stopped running on Tuesday.',
  'Nintendo said sales of its new console rose 20%.',
  'Ursula von der Leyen met executives from Volkswagen in Brussels.',
  'The California Highway Patrol closed the road before the Kansas City Chiefs game.',
  'Chipmaker AMD reported higher revenue.',
  'Palo Alto-based HP cut 500 jobs.',
  "Kim Jong Un visited a McDonald's in Brasília, AT&T said, while Côte d'Ivoire protested.",
];
for (const s of S) console.log(analyzeText(s, models).entities.map((e) => `${e.type}:${e.text}`).join(' | '));
