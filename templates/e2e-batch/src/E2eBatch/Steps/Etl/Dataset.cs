#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Steps.Etl;

/// <summary>A named table flowing between steps: its columns and its rows as text.</summary>
internal sealed record Dataset(string Name, IReadOnlyList<string> Columns, IReadOnlyList<string[]> Rows);
