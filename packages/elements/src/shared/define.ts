/**
 * Registers a custom element without ever throwing.
 *
 * Partner pages load our script twice, or two versions of it, more often than one would think
 * (a CMS block plus a city-portal template). The same class registered twice is a no-op; a
 * different class under a taken name keeps the first one and says so once, instead of the
 * "already defined" error that breaks the rest of the page.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server rendering: nothing to register
  const existing = registry.get(tag);
  if (!existing) {
    registry.define(tag, ctor);
  } else if (existing !== ctor && (existing as { version?: string }).version !== (ctor as { version?: string }).version) {
    console.warn(
      `<${tag}> is already defined by another version of Living-lab widgets ` +
        `(${(existing as { version?: string }).version ?? 'unknown'}); keeping it.`,
    );
  }
}
