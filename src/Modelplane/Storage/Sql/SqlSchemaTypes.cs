namespace Modelplane.Storage.Sql;

/// <summary>How one SQL dialect spells the column types and the trigger of <see cref="SqlSchema"/>.</summary>
/// <param name="Id">Type of ids (GUIDs).</param>
/// <param name="Time">Type of UTC times.</param>
/// <param name="Integer">Type of 32-bit numbers (version numbers, sequences).</param>
/// <param name="BigInteger">Type of 64-bit numbers (artifact sizes).</param>
/// <param name="Text">Type of text.</param>
/// <param name="AppendOnlyStageHistorySql">Statements that make <c>stage_transitions</c> reject every update.</param>
public sealed record SqlSchemaTypes(string Id, string Time, string Integer, string BigInteger, string Text, string AppendOnlyStageHistorySql);
