using System.Runtime.CompilerServices;
using Chancery.Extraction;
using Chancery.Extraction.Reading;

namespace Chancery.App.Extraction;

/// <summary>
/// Reads documents and extracts their engagements, several at a time but yielded in input order, with at
/// most a small window of documents in memory: a directory of ten thousand files streams through. A document
/// that cannot be read, or takes longer than the time limit, yields its error and the others go on.
/// </summary>
public sealed class ExtractionRunner(Extractor extractor, ExtractionOptions options)
{
    public async IAsyncEnumerable<DocumentExtraction> RunAsync(IEnumerable<DocumentSource> sources, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var window = new Queue<Task<DocumentExtraction>>();
        var width = Math.Max(1, options.Parallelism) * 2;
        foreach (var source in sources)
        {
            window.Enqueue(Task.Run(() => ExtractOneAsync(source, cancellationToken), cancellationToken));
            if (window.Count >= width)
            {
                yield return await window.Dequeue();
            }
        }
        while (window.Count > 0)
        {
            yield return await window.Dequeue();
        }
    }

    /// <summary>
    /// Reads and extracts one document within the time limit. The extractor checks the limit between its
    /// stages; a stage that runs on regardless is abandoned to finish in the background.
    /// </summary>
    public async Task<DocumentExtraction> ExtractOneAsync(DocumentSource source, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.TimeLimit);
        try
        {
            var work = Task.Run(async () =>
            {
                await using var stream = source.Open();
                var document = await options.Reader.ReadAsync(stream, source.Location, limit.Token);
                var result = extractor.Extract(document.Text, document.Published ?? source.Published ?? options.Published, limit.Token);
                return new DocumentExtraction(source, document, result, null);
            }, limit.Token);
            return await work.WaitAsync(options.TimeLimit, cancellationToken);
        }
        catch (UnreadableDocumentException e)
        {
            return Failure(source, e.Message);
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return Failure(source, $"gave up after {options.TimeLimit.TotalSeconds:0.#} s (the time limit for one document)");
        }
        catch (FileNotFoundException)
        {
            return Failure(source, "no such file");
        }
        catch (DirectoryNotFoundException)
        {
            return Failure(source, "no such file or directory");
        }
        catch (UnauthorizedAccessException)
        {
            return Failure(source, "permission denied");
        }
        catch (IOException e)
        {
            return Failure(source, e.Message);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // A fault of the extractor on one document must not cost the others their results.
            return Failure(source, $"the extractor failed on it ({e.GetType().Name}: {e.Message})");
        }
    }

    private static DocumentExtraction Failure(DocumentSource source, string error) =>
        new(source, null, null, string.Join(' ', error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
}
