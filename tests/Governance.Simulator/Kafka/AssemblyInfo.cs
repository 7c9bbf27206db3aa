using System.Runtime.CompilerServices;

// The wire-protocol internals (codec, record batches, ACL matching) are unit-tested directly;
// the only public surface is KafkaClusterServer.
[assembly: InternalsVisibleTo("Governance.Simulator.Tests")]
