using System.Diagnostics;
using System.Text.Json;
using Chancery.Extraction.Output;
using Chancery.Extraction.Reading;
using Chancery.Testing;

namespace Chancery.Extraction.Tests.Quality;

/// <summary>
/// Extracts a set of documents and scores the result with the contract's own scorer (data/corpus/score.py,
/// run by python3), so that the tests measure exactly what the contract measures.
/// </summary>
internal static class Scorer
{
    /// <summary>The extractor as of the corpus day: the scores do not drift as the calendar moves on.</summary>
    private static readonly Extractor Extractor = new(ExtractionModel.Default, FixedClock.CorpusDay);

    /// <summary>Extracts each document into a JSON-lines file and returns the scorer's summary: F1 by field, and "micro".</summary>
    public static IReadOnlyDictionary<string, double> Score(string gold, IEnumerable<string> documents)
    {
        using var directory = new TemporaryDirectory();
        var predictions = directory.File("pred.jsonl");
        using (var output = File.Create(predictions))
        {
            foreach (var path in documents)
            {
                var document = DocumentReader.Default.Read(File.ReadAllBytes(path), path);
                var result = Extractor.Extract(document.Text, document.Published);
                ExtractionJson.Write(output, Path.GetFileNameWithoutExtension(path), path, result);
                output.WriteByte((byte)'\n');
            }
        }
        var summary = Run(Repository.Path("data", "corpus", "score.py"), gold, predictions, "--json")
            .Split('\n')
            .Single(line => line.StartsWith('{'));
        return JsonSerializer.Deserialize<Dictionary<string, double>>(summary)!;
    }

    private static string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output.Result : throw new InvalidOperationException($"score.py failed: {error}");
    }
}
