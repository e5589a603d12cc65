using BenchmarkDotNet.Running;
using LrNotebooks.Benchmarks;

// BenchmarkDotNet: dotnet run -c Release --project tests/LrNotebooks.Benchmarks -- --filter '*'
// Interleaved side-by-side optimizer steps: dotnet run -c Release --project tests/LrNotebooks.Benchmarks -- --interleaved [rounds]
// Interleaved gradient vs Hessian-vector product: dotnet run -c Release --project tests/LrNotebooks.Benchmarks -- --hvp [rounds]
if (args.Length > 0 && args[0] == "--hvp")
    InterleavedHessianVectorProduct.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100);
else if (args.Length > 0 && args[0] == "--interleaved")
    InterleavedOptimizerStep.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60);
else
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
