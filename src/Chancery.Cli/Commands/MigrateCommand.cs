using Chancery.App;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery migrate</c>: copies a whole store to another engine, and says how many rows each table had.</summary>
internal sealed class MigrateCommand(CliEnvironment environment) : AsyncCommand<MigrateSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, MigrateSettings settings, CancellationToken cancellationToken)
    {
        var from = new StoreLocation(settings.From!, IsDefault: false);
        var to = new StoreLocation(settings.To!, IsDefault: false);
        var (target, tables) = await ProgressDisplay.RunAsync(environment.Progress, "Copying",
            progress => StoreMigration.RunAsync(from, to, progress, cancellationToken));
        var table = new Table().RoundedBorder().AddColumn("Table").AddColumn(new TableColumn("Rows").RightAligned());
        foreach (var (name, rows) in tables.Where(t => t.Rows > 0))
        {
            table.AddRow(Markup.Escape(name), rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        }
        environment.Out.Write(table);
        environment.Out.MarkupLine($"Copied into [bold]{Markup.Escape(target.ToString())}[/]: {tables.Sum(t => t.Rows):N0} rows, full-text index rebuilt.");
        return 0;
    }
}
