using System.Runtime.CompilerServices;

// The pipeline tests check the cache key's building blocks (canonical JSON, code fingerprints) directly.
[assembly: InternalsVisibleTo("Modelplane.Pipelines.Tests")]
