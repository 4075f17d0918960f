using Microsoft.ML;

namespace Modelplane.ML.Splitting;

/// <summary>A training set and the held-out rows to test on.</summary>
/// <param name="Train">The rows to train on.</param>
/// <param name="Test">The held-out rows.</param>
public sealed record DataSplit(IDataView Train, IDataView Test);
