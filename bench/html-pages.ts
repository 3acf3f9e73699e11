// Real-shaped news pages for the HTML import benchmark: each page carries what a saved article page carries
// around its story (head metadata, JSON-LD, inline and external scripts, styles, a menu, breadcrumbs, share
// buttons, a cookie banner, related-story lists, a newsletter box, a footer), with invented stories about
// many kinds of events, so no two pages are alike.

const TOPICS = [
  ['Tidal barrier', 'the river authority', 'closed the tidal barrier twice in one week', 'Kelmouth'],
  ['Orchard frost', 'fruit growers', 'lost a third of the apricot blossom to a late frost', 'Tarnvale'],
  ['Library strike', 'library staff', 'walked out over weekend opening hours', 'Corriston'],
  ['Satellite launch', 'the space agency', 'postponed a weather satellite launch by nine days', 'Esk Point'],
  ['Bus fares', 'the transit board', 'voted to freeze bus fares until the spring', 'Holmbridge'],
  ['Dam inspection', 'engineers', 'found cracks in a spillway during a routine inspection', 'Aldwater'],
  ['Chess final', 'the chess federation', 'moved its national final to a larger hall', 'Pellham'],
  ['Wildfire drill', 'fire crews', 'ran a wildfire drill across three valleys', 'Sorrel Heights'],
] as const;
const PEOPLE = ['Ines Varga', 'Tomas Reyes', 'Amara Nwosu', 'Leif Halvorsen', 'Priya Menon', 'Dario Conti'];
const OUTLETS = ['The Kelmouth Echo', 'Valley Standard', 'Northgate Times', 'Coast & County'];

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

function story(i: number): string[] {
  const [, who, did, where] = pick(TOPICS, i);
  const person = pick(PEOPLE, i);
  return [
    `${where[0]!.toUpperCase()}${where.slice(1)} — ${who[0]!.toUpperCase()}${who.slice(1)} ${did}, officials said on ${pick(['Monday', 'Tuesday', 'Thursday'], i)}.`,
    `"We acted on the figures we had," said ${person}, who has led the work in ${where} since ${2010 + (i % 12)}. "Nobody wanted this outcome."`,
    `The decision affects about ${((i * 37) % 900) + 100} households and ${(i % 40) + 3} businesses, according to a statement released late in the afternoon.`,
    `Critics said the warning came too late. A review is expected within ${(i % 8) + 2} weeks, and a public meeting has been called for the ${i}th.`,
    `${person} said further updates would follow once the review panel had met, and that the numbers could still change.`,
  ];
}

/** One page, about 8 KB of HTML around a ~0.6 KB story; `i` varies everything. */
export function makeNewsPage(i: number): string {
  const [topic] = pick(TOPICS, i);
  const outlet = pick(OUTLETS, i);
  const title = `${topic}: ${pick(['a week of doubts', 'what happens next', 'officials answer questions', 'the numbers behind it'], i)} (${i})`;
  const date = `2031-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
  const menu = [
    'World',
    'Region',
    'Business',
    'Science',
    'Sport',
    'Culture',
    'Opinion',
    'Weather',
    'Podcasts',
  ]
    .map((m) => `<li><a href="/${m.toLowerCase()}">${m}</a></li>`)
    .join('');
  const related = Array.from(
    { length: 8 },
    (_, k) =>
      `<li><a href="/story/${i + k}"><img src="/img/${k}.jpg" alt="">${pick(TOPICS, i + k + 1)[0]} update ${k}</a></li>`,
  ).join('');
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: `${date}T08:30:00Z`,
    author: { '@type': 'Person', name: pick(PEOPLE, i + 2) },
    publisher: { '@type': 'Organization', name: outlet },
  });
  const tracking = `window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','UA-${1000 + i}');`;
  const filler = Array.from({ length: 40 }, (_, k) => `.c${k}{margin:${k}px;padding:${k % 7}px}`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | ${outlet}</title>
<meta name="description" content="${story(i)[0]!.slice(0, 120)}">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="${outlet}">
<meta property="article:published_time" content="${date}T08:30:00Z">
<link rel="canonical" href="https://news.example/${date}/${i}">
<style>${filler}</style>
<script type="application/ld+json">${jsonLd}</script>
<script>${tracking.repeat(6)}</script>
<script src="https://cdn.example/bundle.${i}.js" async></script>
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Settings</button></div>
<header><a class="logo" href="/">${outlet}</a><nav aria-label="Sections"><ul>${menu}</ul></nav>
<form class="search"><input name="q" placeholder="Search"></form><a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></header>
<div class="ticker">Markets: Index A 1,234.5 (+0.4%) · Index B 987.1 (−0.2%) · Gold 2,041 (+0.1%)</div>
<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/region">Region</a> › ${topic}</nav>
<main><article>
<h1>${title}</h1>
<p class="byline">By ${pick(PEOPLE, i + 2)} · <time datetime="${date}">${date}</time> · 4 min read</p>
<div class="share"><a href="#">Share</a> <a href="#">Post</a> <a href="#">Email</a> <a href="#">Print</a></div>
<figure><img src="/img/lead-${i}.jpg" alt="${topic}"><figcaption>Photo: ${outlet} archive</figcaption></figure>
${story(i)
  .map(
    (p, k) =>
      `<p>${p}</p>${k === 2 ? '<aside class="ad">Advertisement</aside><div class="inline-related">Also read: <a href="/x">Earlier coverage</a></div>' : ''}`,
  )
  .join('\n')}
<div class="newsletter">Get the morning briefing in your inbox. <input type="email" placeholder="Email"> <button>Sign up</button></div>
</article>
<section class="related"><h2>More stories</h2><ul>${related}</ul></section>
<section class="comments"><h2>Comments</h2><p>Comments are closed for this story.</p></section></main>
<footer><ul>${menu}</ul><p>© 2031 ${outlet}. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
<script>${tracking.repeat(10)}</script>
</body></html>`;
}
