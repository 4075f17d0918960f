#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>
/// One hyperparameter's search space: a range (<c>{min: 4, max: 64, log: true}</c>) or a list of choices
/// (<c>[0.5, 0.7, 1.0]</c>).
/// </summary>
internal sealed record SearchDimension(double? Min, double? Max, bool Log, IReadOnlyList<string>? Choices)
{
    public bool IsRange => Choices is null;
}
