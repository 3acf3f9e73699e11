export {
  ARTICLE_FORMATS,
  articleBodyRule,
  articleMetaRule,
  articleRule,
  labelRule,
  tagRule,
} from './article-rules';
export { analysisRule } from './analysis-rules';
export { annotationRule, correctionRule } from './annotation-rules';
export { collectProblems, describeValue, name, type Report, type Rule } from './rules';
export { outletRule } from './outlet-rules';
