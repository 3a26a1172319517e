// Placeholder: being built (issue 4).
export function ListingPage({ id }: { id: string }) {
  return <h1>ListingPage {id}</h1>;
}
