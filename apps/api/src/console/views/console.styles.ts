import { LAYOUT_CSS, PALETTE } from '../../privacy-center/views/layout.styles';

const p = PALETTE;

/**
 * The privacy center's stylesheet (same type, colours, forms and focus rings), plus what a
 * working console needs: a wider page, a navigation bar, tables, status messages and
 * inline forms for row actions. Colours come from the checked palette (WCAG 1.4.3).
 */
export const CONSOLE_CSS = `${LAYOUT_CSS}
.container{max-width:72rem}
.console-header .container{align-items:flex-start}
.signed-in{margin:0;color:${p.text}}
.signed-in form{display:inline;margin-left:.75rem}
.link-button{font:inherit;color:${p.link};background:none;border:0;padding:0;text-decoration:underline;text-underline-offset:.15em;cursor:pointer}
.console-nav{background:${p.surface};border-bottom:1px solid ${p.border}}
.console-nav ul{list-style:none;margin:0;padding:.5rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.console-nav a{display:inline-block;padding:.25rem 0}
.console-nav a[aria-current=page]{font-weight:700;text-decoration-thickness:.2em}
.console-nav .nav-group{font-weight:600;color:${p.text}}
.flash{padding:1rem 1.25rem;margin:0 0 1.5rem;background:${p.surface};border-left:6px solid ${p.link}}
.flash--error{border-left-color:${p.error}}
.flash p:last-child{margin:0}
main form{margin:0 0 1.5rem}
.inline-form{display:inline-block;margin:0 .5rem .5rem 0}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;margin:0 0 1.5rem}
.badge{display:inline-block;padding:0 .4rem;border:1px solid ${p.border};border-radius:.25rem;font-size:.9rem;background:${p.background}}
.secret{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all;background:${p.surface};padding:.5rem .75rem;display:block;margin:0 0 1rem}
.qr svg{width:14rem;height:14rem;display:block;margin:0 0 1rem}
.table-wrap{overflow-x:auto}
td .inline-form:last-child{margin-bottom:0}
.select{max-width:18rem}
.message-text{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;background:#f6f6f6;padding:1rem;border:1px solid #ccc}
`.trim();
