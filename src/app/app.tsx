export function App() {
  return <h1>Coverage Workbench</h1>;
}
