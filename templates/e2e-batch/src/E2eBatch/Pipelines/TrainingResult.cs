#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Modelplane.Models;
using Modelplane.Pipelines;

namespace E2eBatch.Pipelines;

/// <summary>What a training run produced: the run, its model version (with its stage after promotion), the test accuracy and the model card file.</summary>
internal sealed record TrainingResult(PipelineRunSummary Summary, ModelVersion Version, double TestAccuracy, string ModelCardPath);
