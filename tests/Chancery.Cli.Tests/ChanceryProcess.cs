using System.Diagnostics;

namespace Chancery.Cli.Tests;

/// <summary>How tests start the built `chancery` program as a user would, in a home of its own.</summary>
internal static class ChanceryProcess
{
    public static ProcessStartInfo StartInfo(string home, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = home,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "chancery.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // A home of its own: the default database of this run lives here, not in the user's data folder.
        start.Environment["XDG_DATA_HOME"] = Path.Combine(home, "data");
        start.Environment["HOME"] = home;
        start.Environment.Remove("CHANCERY_DB");
        return start;
    }
}
