#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch;

/// <summary>Finds the project folder (the one holding configs/), so the app runs from any folder inside it.</summary>
internal static class ProjectFolder
{
    public static string Find(string startFolder)
    {
        for (var folder = new DirectoryInfo(startFolder); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "configs", "train_config.yaml")))
            {
                return folder.FullName;
            }
        }

        throw new Configuration.ConfigurationException(
            $"No configs/train_config.yaml found in '{startFolder}' or above it. Run the app from the project folder, e.g. `dotnet run --project src/E2eBatch`.");
    }
}
