// Placeholder: the fault-injecting feed server is written with the data layer.
export function feedServer() {
  return (ctx, next) => next();
}
