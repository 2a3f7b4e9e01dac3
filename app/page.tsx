export default function Home() {
  return (
    <main>
      <h1>Is this trafficking?</h1>
      <p>The guided check is being built. If someone is in danger now, call 911 (US), 999 (UK) or your local emergency number.</p>
    </main>
  );
}
