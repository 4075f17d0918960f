#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using System.Text.RegularExpressions;

namespace E2eBatch.Configuration;

/// <summary>The rule for the technical product name, which prefixes the model, pipeline and run names.</summary>
internal static partial class ProductName
{
    public const int MaxLength = 64;

    public static void Validate(string name, string source)
    {
        if (name.Length > MaxLength || !ValidName().IsMatch(name))
        {
            throw new ConfigurationException(
                $"{source}: the model name '{name}' is not a valid product name. It must start with a letter and contain only letters, digits and underscores (at most {MaxLength} characters), e.g. 'churn_model'. Fix model.name in the configuration files.");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex ValidName();
}
