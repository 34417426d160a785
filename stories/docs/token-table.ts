import { html, type TemplateResult } from 'lit';
import { contrastRatio, resolveTheme, semanticNames, themeNames, componentNames, component, textPairs, minimumContrast } from '@living-lab/tokens';

/** Every semantic token with its resolved value in each theme, and a swatch for colours. */
export function semanticTable(): TemplateResult {
  const resolved = Object.fromEntries(themeNames.map((t) => [t, resolveTheme(t)])) as Record<string, Record<string, string>>;
  return html`<table class="ll-doc-table">
    <thead><tr><th scope="col">Property</th>${themeNames.map((t) => html`<th scope="col">${t}</th>`)}</tr></thead>
    <tbody>
      ${semanticNames.map(
        (name) => html`<tr>
          <th scope="row"><code>--ll-${name}</code></th>
          ${themeNames.map((t) => {
            const value = resolved[t]?.[name] ?? '';
            return html`<td>${name.startsWith('color-') && value.startsWith('#')
              ? html`<span aria-hidden="true" style="display:inline-block;inline-size:1em;block-size:1em;border:1px solid #777;vertical-align:middle;background:${value}"></span> `
              : ''}<code>${value}</code></td>`;
          })}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The per-component tier and the semantic token each one defaults to. */
export function componentTable(): TemplateResult {
  return html`<table class="ll-doc-table">
    <thead><tr><th scope="col">Property</th><th scope="col">Defaults to</th></tr></thead>
    <tbody>
      ${componentNames.map((name) => html`<tr><th scope="row"><code>--ll-${name}</code></th><td><code>${component[name]}</code></td></tr>`)}
    </tbody>
  </table>`;
}

/** The text/background pairs the contrast test checks, with their ratio in each theme. */
export function contrastTable(): TemplateResult {
  return html`<table class="ll-doc-table">
    <thead><tr><th scope="col">Text on background</th>${themeNames.map((t) => html`<th scope="col">${t}</th>`)}</tr></thead>
    <tbody>
      ${textPairs.map((pair) => html`<tr>
        <th scope="row"><code>${pair.foreground}</code> on <code>${pair.background}</code></th>
        ${themeNames.map((t) => {
          const values = resolveTheme(t) as Record<string, string>;
          const ratio = contrastRatio(values[pair.foreground] ?? '', values[pair.background] ?? '');
          return html`<td>${ratio.toFixed(2)} (min ${minimumContrast(pair.use, t)})</td>`;
        })}
      </tr>`)}
    </tbody>
  </table>`;
}
