#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace E2eBatch.Configuration;

/// <summary>Reads the YAML configuration files into their typed records.</summary>
internal static class ConfigLoader
{
    // Keys are snake_case in YAML (train_data_splitter) and PascalCase in C#; an unknown or
    // repeated key is an error, so a typo never silently falls back to a default.
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    public static TrainConfig LoadTrainConfig(string path)
    {
        var config = Load<TrainConfig>(path);
        config.Validate(path);
        return config;
    }

    public static InferenceConfig LoadInferenceConfig(string path)
    {
        var config = Load<InferenceConfig>(path);
        config.Validate(path);
        return config;
    }

    private static T Load<T>(string path) where T : class
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException($"The configuration file '{path}' does not exist. Pass an existing file with --config, or run from the project folder.");
        }

        try
        {
            using var reader = File.OpenText(path);
            return Deserializer.Deserialize<T?>(reader)
                ?? throw new ConfigurationException($"The configuration file '{path}' is empty.");
        }
        catch (YamlException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            throw new ConfigurationException($"{path}, line {e.Start.Line}, column {e.Start.Column}: {reason}", e);
        }
    }
}
