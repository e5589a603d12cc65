using BenchmarkDotNet.Running;
using LrNotebooks.Benchmarks;

// BenchmarkDotNet: dotnet run -c Release --project tests/LrNotebooks.Benchmarks -- --filter '*'
// Interleaved side-by-side optimizer steps: dotnet run -c Release --project tests/LrNotebooks.Benchmarks -- --interleaved [rounds]
// Interleaved gradient vs Hessian-vector product: dotnet run -c Release --project tests/LrNotebooks.Benchmarks -- --hvp [rounds]
// Trainer against PyTorch (OpenBLAS and reference BLAS), interleaved: ... -- --side-by-side [rounds]
// Time of each step of one mini-batch: ... -- --kernels
// Sweep scaling 1 vs 2 runs at a time, interleaved: ... -- --sweep-scaling [rounds]
// Build time and JSON size of each explorable of the course: ... -- --explorables [rounds]
// Open-and-draw time of each page of an exported site in headless Chromium: ... -- --pages <site folder> [rounds]

if (args.Length > 0 && args[0] == "--explorables")
    ExplorableBudgets.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
else if (args.Length > 1 && args[0] == "--pages")
    await PageDrawTiming.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
else if (args.Length > 0 && args[0] == "--hvp")
    InterleavedHessianVectorProduct.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100);
else if (args.Length > 0 && args[0] == "--sweep-scaling")
    InterleavedSweepScaling.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40);
else if (args.Length > 0 && args[0] == "--kernels")
    KernelBreakdown.Run();
else if (args.Length > 0 && args[0] == "--side-by-side")
    SideBySideEpoch.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100);
else if (args.Length > 0 && args[0] == "--interleaved")
    InterleavedOptimizerStep.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60);
else
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
