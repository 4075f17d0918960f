namespace Modelplane.Storage.Sql;

/// <summary>One step of a dialect's schema; applied once, in order of <paramref name="Version"/>, recorded in <c>schema_version</c>.</summary>
/// <param name="Version">The schema version this migration produces (1, 2, ...).</param>
/// <param name="Description">What it changes.</param>
/// <param name="Sql">The statements, separated by semicolons.</param>
public sealed record SqlMigration(int Version, string Description, string Sql);
