/**
 * The palette, kept apart from the CSS so a test can check every text/background pair against
 * WCAG 1.4.3 (4.5:1) and focus rings against 1.4.11 (3:1).
 */
export const PALETTE = {
  text: '#1f2328',
  muted: '#4a525c',
  background: '#ffffff',
  surface: '#f3f5f7',
  link: '#0a4fbf',
  buttonText: '#ffffff',
  button: '#0a4fbf',
  buttonHover: '#083e96',
  error: '#b3261e',
  warningSurface: '#fff4e0',
  warningBorder: '#b35c00',
  focus: '#1f2328',
  focusGlow: '#ffd43b',
  border: '#6b7480',
} as const;

const p = PALETTE;

// System fonts only: no web fonts, no CDN, nothing fetched from anywhere else.
export const LAYOUT_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:112.5%;line-height:1.5;color:${p.text};background:${p.background};-webkit-text-size-adjust:100%}
body{margin:0}
.container{max-width:46rem;margin:0 auto;padding:0 1rem}
a{color:${p.link};text-decoration:underline;text-underline-offset:.15em}
a:hover{text-decoration-thickness:.15em}
:focus-visible{outline:3px solid ${p.focus};outline-offset:2px;box-shadow:0 0 0 6px ${p.focusGlow}}
.skip-link{position:absolute;left:.5rem;top:-10rem;padding:.5rem 1rem;background:${p.background};color:${p.link};z-index:10}
.skip-link:focus{top:.5rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.site-header{border-bottom:4px solid ${p.link};padding:.75rem 0}
.site-header .container{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;justify-content:space-between}
.site-name{font-weight:700;font-size:1.2rem;color:${p.text};text-decoration:none}
.site-header ul,.site-footer ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
main{display:block;padding:1.5rem 0 3rem}
main:focus{outline:none}
h1{font-size:2rem;line-height:1.2;margin:0 0 1rem}
h2{font-size:1.4rem;line-height:1.3;margin:2rem 0 .75rem}
p,ul,ol,dl{margin:0 0 1rem}
.lead{font-size:1.15rem}
.cards{list-style:none;padding:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr))}
.card{background:${p.surface};border-left:4px solid ${p.link};padding:1rem}
.card h3{margin:0 0 .5rem;font-size:1.15rem}
.card p{margin:0}
.panel{background:${p.surface};padding:1rem 1.25rem;margin:0 0 1.5rem}
.panel--confirm{border-left:6px solid ${p.link}}
.reference{font-size:1.5rem;font-weight:700;letter-spacing:.05em}
.warning{background:${p.warningSurface};border-left:6px solid ${p.warningBorder};padding:1rem 1.25rem;margin:0 0 1.5rem}
.warning h2{margin-top:0}
address{font-style:normal;margin:0 0 1rem}
.field{margin:0 0 1.5rem}
.field--error{border-left:4px solid ${p.error};padding-left:1rem}
label,legend{display:block;font-weight:600;margin:0 0 .25rem}
legend{font-size:1.1rem;padding:0}
fieldset{border:0;margin:0;padding:0;min-width:0}
.marker{font-weight:400}
.hint{color:${p.muted};margin:0 0 .5rem}
.error-message{color:${p.error};font-weight:700;margin:0 0 .5rem}
.input,.select,textarea{font:inherit;color:${p.text};background:${p.background};border:2px solid ${p.text};border-radius:0;padding:.4rem .5rem;width:100%;max-width:30rem}
.input--short{max-width:10rem}
.input--medium{max-width:18rem}
textarea{max-width:100%}
.field--error .input,.field--error .select,.field--error textarea{border-color:${p.error}}
input[type=file]{font:inherit;max-width:100%}
.choice{display:grid;grid-template-columns:auto 1fr;gap:0 .75rem;align-items:start;margin:0 0 .75rem}
.choice input{width:1.5rem;height:1.5rem;margin:.1rem 0 0;accent-color:${p.link}}
.choice label{font-weight:400;margin:0}
.choice .hint{grid-column:2;margin:0}
.group{border-top:1px solid ${p.border};padding-top:1rem;margin:0 0 1.5rem}
details{margin:0 0 1.5rem}
summary{cursor:pointer;color:${p.link};text-decoration:underline;font-weight:600}
details[open]>summary{margin-bottom:1rem}
.button{display:inline-block;font:inherit;font-weight:600;color:${p.buttonText};background:${p.button};border:2px solid transparent;border-radius:.25rem;padding:.6rem 1.25rem;cursor:pointer;text-decoration:none}
.button:hover{background:${p.buttonHover}}
.button--secondary{color:${p.link};background:${p.background};border-color:${p.link}}
.button--secondary:hover{background:${p.surface}}
.error-summary{border:4px solid ${p.error};padding:1rem 1.25rem;margin:0 0 2rem}
.error-summary h2{margin-top:0}
.error-summary a{color:${p.error};font-weight:700}
.summary-list{display:grid;grid-template-columns:minmax(8rem,auto) 1fr;gap:.5rem 1rem}
.summary-list dt{font-weight:600}
.summary-list dd{margin:0}
table{border-collapse:collapse;width:100%;margin:0 0 1.5rem}
th,td{text-align:left;vertical-align:top;padding:.5rem .75rem .5rem 0;border-bottom:1px solid ${p.border}}
.site-footer{background:${p.surface};padding:1.5rem 0;color:${p.text}}
.site-footer p{margin:0 0 .5rem}
@media (max-width:30rem){h1{font-size:1.6rem}.summary-list{grid-template-columns:1fr}.summary-list dd{margin-bottom:.5rem}}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important}}
`.trim();
