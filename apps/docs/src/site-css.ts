/**
 * The site's only stylesheet, served as `assets/site.css`: system fonts (nothing fetched), a readable measure,
 * light and dark palettes chosen by `prefers-color-scheme`, and a layout that works from phone to desktop. The
 * generated pictures take their colours from here, so they follow the colour scheme too.
 */
export const SITE_CSS = `:root {
  color-scheme: light dark;
  --bg: #fcfcfa;
  --fg: #1b2330;
  --muted: #4a5464;
  --link: #0a58b8;
  --link-visited: #6a3fb0;
  --border: #d3d9e1;
  --border-strong: #8794a6;
  --surface: #f0f3f7;
  --node: #ffffff;
  --node-current: #dce9fb;
  --badge: #fff3c4;
  --badge-fg: #5a4500;
  --mark: #ffe07a;
  --k-broader: #1f5fbf;
  --k-narrower: #0f7474;
  --k-related: #6b5bb5;
  --k-contrasts: #c0461b;
  --k-mitigates: #2e7d32;
  --k-mitigatedBy: #8a6d00;
  --measure: 46rem;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  line-height: 1.6;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #13171d;
    --fg: #e3e7ed;
    --muted: #a8b2c0;
    --link: #8ab9ff;
    --link-visited: #c3a6ff;
    --border: #343d49;
    --border-strong: #6c7889;
    --surface: #1c222a;
    --node: #1c222a;
    --node-current: #21395c;
    --badge: #4a3d00;
    --badge-fg: #ffe9a3;
    --mark: #6d5a00;
    --k-broader: #7fb0ff;
    --k-narrower: #4fcaca;
    --k-related: #b5a8ff;
    --k-contrasts: #ff9466;
    --k-mitigates: #7fd184;
    --k-mitigatedBy: #e2c452;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font-size: 1.0625rem; overflow-wrap: break-word; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:visited { color: var(--link-visited); }
a:focus-visible, button:focus-visible, input:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.92em; }
code { background: var(--surface); padding: 0.1em 0.3em; border-radius: 4px; }
pre { background: var(--surface); padding: 0.75rem 1rem; border-radius: 6px; overflow-x: auto; }
pre code { background: none; padding: 0; }
code.hash { word-break: break-all; font-size: 0.8em; }
mark { background: var(--mark); color: inherit; }
h1, h2, h3 { line-height: 1.25; }
h1 { font-size: 2rem; margin: 0.5rem 0 0.5rem; }
h2 { font-size: 1.4rem; margin: 2.2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.4rem; }
.wrap { max-width: var(--measure); margin: 0 auto; padding: 0 1rem; }
main.wrap { padding-bottom: 3rem; }
main.wide { max-width: none; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: var(--bg); padding: 0.5rem 0.75rem; z-index: 10; }
.skip-link:focus { top: 0.5rem; }

.site-header { border-bottom: 1px solid var(--border); background: var(--surface); }
.header-inner { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.25rem; padding-top: 0.6rem; padding-bottom: 0.6rem; max-width: 72rem; }
.brand { font-weight: 700; font-size: 1.1rem; text-decoration: none; color: var(--fg); }
.brand:visited { color: var(--fg); }
.site-header nav ul { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; list-style: none; margin: 0; padding: 0; }
.site-header nav a { text-decoration: none; }
.site-header nav a[aria-current="page"] { font-weight: 700; text-decoration: underline; }
.site-header .search-form { margin-left: auto; }
.search-form { display: flex; gap: 0.4rem; max-width: 100%; }
.search-form input { font: inherit; padding: 0.35rem 0.6rem; border: 1px solid var(--border-strong); border-radius: 6px; background: var(--bg); color: var(--fg); min-width: 0; width: 14rem; max-width: 100%; }
.search-form button { font: inherit; padding: 0.35rem 0.8rem; border: 1px solid var(--link); border-radius: 6px; background: var(--link); color: var(--bg); cursor: pointer; }
main > .search-form { margin: 1.2rem 0; }
main > .search-form input { width: 100%; font-size: 1.15rem; padding: 0.55rem 0.8rem; }
.site-footer { border-top: 1px solid var(--border); color: var(--muted); font-size: 0.9rem; padding: 1rem 0 2rem; }

.lead { font-size: 1.15rem; }
.crumbs { font-size: 0.9rem; margin-top: 1.2rem; color: var(--muted); }
.term-meta { display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; color: var(--muted); font-size: 0.95rem; margin: 0; padding: 0; list-style: none; }
.meta-label { font-weight: 600; }
.definition.lead { border-left: 4px solid var(--link); padding: 0.2rem 0 0.2rem 0.9rem; margin: 1rem 0; }
.badge { display: inline-block; background: var(--badge); color: var(--badge-fg); border-radius: 4px; padding: 0 0.4rem; font-size: 0.8rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em; }
.notice { background: var(--surface); border: 1px solid var(--border); border-radius: 6px; padding: 0.6rem 0.9rem; }
.toc ul { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; list-style: none; padding: 0; margin: 0.5rem 0 0; font-size: 0.95rem; }
.edit { margin-top: 2.5rem; font-size: 0.9rem; }
.term-list { padding-left: 1.2rem; }
.term-list li { margin: 0.35rem 0; }
.term-list .definition, .card-list .definition { display: block; color: var(--muted); font-size: 0.95rem; }
.term-list .badge { margin-left: 0.5rem; }
.term-list.az li.alias { color: var(--muted); }
.card-list { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 0.8rem; }
.card-list li { border: 1px solid var(--border); border-radius: 8px; padding: 0.7rem 0.9rem; background: var(--surface); }
.card-list a { font-weight: 600; }
.count { color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem; }
.card { border: 1px solid var(--border); border-radius: 8px; padding: 0.2rem 1rem 0.6rem; }
.card h3 { margin-top: 0.8rem; }
.letters ul { display: flex; flex-wrap: wrap; gap: 0.3rem 0.7rem; list-style: none; padding: 0; font-weight: 600; }
.sources li { margin: 0.4rem 0; }
.source-kind { color: var(--muted); }
.downloads li { margin: 0.5rem 0; }
.file-meta { color: var(--muted); font-size: 0.9rem; }
.search-results { padding-left: 1.4rem; }
.search-results li { margin: 0.8rem 0; }
.search-results .result-title { font-weight: 600; }
.search-results p { margin: 0.2rem 0 0; color: var(--muted); font-size: 0.95rem; }

table { border-collapse: collapse; width: 100%; margin: 0.8rem 0; font-size: 0.95rem; }
th, td { border: 1px solid var(--border); padding: 0.45rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: var(--surface); }
tbody th { font-weight: 600; background: var(--surface); }
.scroll { overflow-x: auto; max-width: 100%; }

figure.figure { margin: 1rem 0 1.5rem; }
figcaption { color: var(--muted); font-size: 0.92rem; margin-top: 0.4rem; }
svg.graph { display: block; max-width: 100%; height: auto; margin: 0 auto; font-family: inherit; }
.map-scroll { border: 1px solid var(--border); border-radius: 8px; padding: 0.5rem; }
.map-scroll svg.graph { max-width: none; margin: 0; }
.graph .node rect { fill: var(--node); stroke: var(--border-strong); stroke-width: 1.2; }
.graph .node.current rect { fill: var(--node-current); stroke: var(--link); stroke-width: 2; }
.graph .node.current .label { font-weight: 700; }
.graph .label, .graph .legend-label, .graph .heading { fill: var(--fg); }
.graph .heading { font-weight: 700; }
.graph a.node:hover rect, .graph a.node:focus rect { stroke: var(--link); stroke-width: 2.5; }
.graph a:focus { outline: none; }
.graph a.column-heading:hover .heading, .graph a.column-heading:focus .heading { fill: var(--link); text-decoration: underline; }
.graph .edge.k-broader { stroke: var(--k-broader); }
.graph .edge.k-narrower { stroke: var(--k-narrower); }
.graph .edge.k-related { stroke: var(--k-related); }
.graph .edge.k-contrasts { stroke: var(--k-contrasts); }
.graph .edge.k-mitigates { stroke: var(--k-mitigates); }
.graph .edge.k-mitigatedBy { stroke: var(--k-mitigatedBy); }
.diagram .edge { stroke: var(--muted); }
.diagram .arrowhead { fill: var(--muted); }
.diagram .edge-label rect { fill: var(--bg); }
.diagram .edge-label text { fill: var(--muted); font-style: italic; }

@media (max-width: 40rem) {
  body { font-size: 1rem; }
  h1 { font-size: 1.6rem; }
  .site-header .search-form { margin-left: 0; width: 100%; }
  .site-header .search-form input { flex: 1; width: auto; }
  .figure-scroll svg.graph { max-width: none; }
}
`;
