using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Chancery.Benchmarks.ExtractorBenchmark).Assembly).Run(args);
