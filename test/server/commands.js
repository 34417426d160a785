// Server-side commands the browser tests can call with executeServerCommand().
export function serverCommands() {
  return [];
}
