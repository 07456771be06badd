using System.Diagnostics;
using System.Text.RegularExpressions;
using Chancery.Testing;

namespace Chancery.Cli.Tests;

/// <summary><c>chancery serve</c> run as the README runs it: on a fresh machine, it serves the demo data until stopped.</summary>
public sealed partial class ServeCommandTest : IDisposable
{
    private readonly TemporaryDirectory home = new();

    public void Dispose() => home.Dispose();

    [Fact]
    public async Task Given_a_fresh_machine_When_serving_Then_the_pages_and_the_api_show_the_demo_data_and_ctrl_c_stops_it()
    {
        using var process = Process.Start(ChanceryProcess.StartInfo(home.Path, "serve", "--urls", "http://127.0.0.1:0"))!;
        try
        {
            var said = new List<string>();
            var address = await ServingAddressAsync(process, said).WaitAsync(TimeSpan.FromMinutes(2));
            said.ShouldContain(line => line.StartsWith("No user yet: sign in as admin with the password ", StringComparison.Ordinal));
            using var client = new HttpClient { BaseAddress = new Uri(address) };

            (await client.GetStringAsync("/")).ShouldContain("Engagements per partner per year");
            (await client.GetStringAsync("/engagements?partner=RU")).ShouldContain("19th ARSOM");
            (await client.GetStringAsync("/api/v1/engagements?partner=RU&kind=courtesy-call")).ShouldContain("Zagaynov");

            using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await interrupt.WaitForExitAsync();
            }
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            process.ExitCode.ShouldBe(0);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task Given_an_address_that_is_no_url_When_serving_Then_it_says_so_in_one_line()
    {
        var run = await CliRun.RunAsync("serve", "--urls", "port 80");

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldBe("chancery: --urls takes addresses such as http://127.0.0.1:5080, not 'port 80' (see `chancery --help`)");
    }

    private static async Task<string> ServingAddressAsync(Process process, List<string> said)
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            said.Add(line);
            if (ServingLine().Match(line) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }
        }
        throw new InvalidOperationException($"chancery serve stopped without serving: {await process.StandardError.ReadToEndAsync()}");
    }

    [GeneratedRegex(@"Chancery is serving (http://\S+)")]
    private static partial Regex ServingLine();
}
