// Placeholder: being built (issue 4).
export function FavouritesPage() {
  return <h1>FavouritesPage</h1>;
}
