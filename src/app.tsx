export function App() {
  return <h1>DeepSeek Key Doctor</h1>;
}
