import {
  component,
  primitives,
  semantic,
  themes,
  type ComponentName,
  type PrimitiveName,
  type PrimitiveRef,
  type SemanticName,
  type ThemeName,
  type TokenName,
} from './tokens.js';

/** Custom property a page sets and reads: `--ll-color-text`, `--ll-card-background`. */
export const publicProperty = (name: TokenName): string => `--ll-${name}`;
/** Custom property a shadow root resolves its token into (see css.ts for why two names). */
export const privateProperty = (name: TokenName): string => `--_ll-${name}`;
/** Custom property of a primitive, published in tokens.css only. */
export const primitiveProperty = (name: PrimitiveName): string => `--ll-ref-${name}`;

export const semanticNames = Object.keys(semantic) as SemanticName[];
export const componentNames = Object.keys(component) as ComponentName[];
export const tokenNames: readonly TokenName[] = [...semanticNames, ...componentNames];

export const primitiveValues: Readonly<Record<PrimitiveName, string>> = Object.assign(
  {},
  ...Object.values(primitives),
);

export type Reference = { tier: 'ref'; name: PrimitiveName } | { tier: 'sys'; name: SemanticName };

const REFERENCE = /^\{(ref|sys)\.([a-z0-9-]+)\}$/;

export function parseReference(value: string): Reference {
  const match = REFERENCE.exec(value);
  if (!match) throw new Error(`Not a token reference: ${value}`);
  const [, tier, name] = match as unknown as [string, 'ref' | 'sys', string];
  const known = tier === 'ref' ? name in primitiveValues : name in semantic;
  if (!known) throw new Error(`Unknown token in ${value}`);
  return { tier, name } as Reference;
}

/** The literal value a primitive reference stands for. */
export const primitiveValue = (reference: PrimitiveRef): string => primitiveValues[parseReference(reference).name as PrimitiveName];

/** The semantic tier of a theme, still as primitive references. */
export function themeReferences(theme: ThemeName): Record<SemanticName, PrimitiveRef> {
  return { ...semantic, ...themes[theme] };
}

/** Every semantic and component token of a theme as the literal CSS value it ends up with. */
export function resolveTheme(theme: ThemeName): Record<TokenName, string> {
  const refs = themeReferences(theme);
  const literal = (value: string): string => {
    const ref = parseReference(value);
    return ref.tier === 'ref' ? primitiveValues[ref.name] : literal(refs[ref.name]);
  };
  const resolved = {} as Record<TokenName, string>;
  for (const name of semanticNames) resolved[name] = literal(refs[name]);
  for (const name of componentNames) resolved[name] = literal(component[name]);
  return resolved;
}

/** Semantic tokens whose value differs between themes: the only ones a theme scope must re-declare. */
export const themedNames: readonly SemanticName[] = semanticNames.filter((name) =>
  Object.values(themes).some((overrides) => name in overrides && (overrides as Record<string, string>)[name] !== semantic[name]),
);
