// Placeholder: being built (issue 4).
export function StartPage() {
  return <h1>StartPage</h1>;
}
