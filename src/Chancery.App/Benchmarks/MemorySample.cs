namespace Chancery.App.Benchmarks;

/// <summary>The memory a run held after <see cref="Megabytes"/> of text: the managed heap after a collection, and the process's working set.</summary>
public readonly record struct MemorySample(double Megabytes, long HeapBytes, long WorkingSetBytes);
