#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Modelplane.Models;
using Modelplane.Pipelines;

namespace E2eBatch.Pipelines;

/// <summary>What a batch-inference run produced: the run, the model version that scored, the number of rows and the files written.</summary>
internal sealed record InferenceResult(PipelineRunSummary Summary, ModelVersion Version, long Rows, string PredictionsPath, string ModelCardPath);
