#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Cli;

namespace E2eBatch.Tests;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--test-size", "1.5")]
    [InlineData("--test-size", "0")]
    [InlineData("--min-test-accuracy", "-0.1")]
    public void An_out_of_range_fraction_is_a_parse_error_naming_the_option(string option, string value)
    {
        var result = AppCommand.Create().Parse([option, value]);

        Assert.Contains(result.Errors, error => error.Message.Contains(option));
    }

    [Fact]
    public void The_train_command_accepts_the_training_options_and_a_config_file()
    {
        var result = AppCommand.Create().Parse(["train", "--no-normalize", "--drop-columns", "mean_area,mean_radius", "--config", "configs/other.yaml"]);

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void The_infer_command_rejects_training_options()
    {
        var result = AppCommand.Create().Parse(["infer", "--test-size", "0.3"]);

        Assert.NotEmpty(result.Errors);
    }
}
