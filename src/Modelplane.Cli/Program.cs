return await Modelplane.Cli.CliApplication.RunAsync(args);
