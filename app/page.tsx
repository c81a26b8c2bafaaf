export default function HomePage() {
  return <h1 className="text-eu-blue">DEI Platform</h1>;
}
