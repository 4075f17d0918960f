#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Steps.Training;

/// <summary>A trainer and its hyperparameters: what to train.</summary>
internal sealed record ModelSpec(string Trainer, IReadOnlyDictionary<string, string> Parameters);
