using Chancery.Cli;

return await ChanceryCli.RunAsync(args, CliEnvironment.FromProcess());
