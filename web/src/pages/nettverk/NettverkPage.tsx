import { useParams } from "wouter";
import { NetworkCard } from "./components/NetworkCard";
import { NetworkChooser } from "./components/NetworkChooser";

export default function NettverkPage() {
  const params = useParams<{ id?: string }>();
  return params.id ? <NetworkCard key={params.id} id={params.id} /> : <NetworkChooser />;
}
