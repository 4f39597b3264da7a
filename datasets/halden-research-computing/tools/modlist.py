# module name, category, short description
RAW = """
compilers|gcc|GNU Compiler Collection (C, C++, Fortran)
compilers|intel-oneapi-compilers|Intel oneAPI C/C++/Fortran compilers (icx, ifx)
compilers|llvm|LLVM/Clang compiler infrastructure
compilers|nvhpc|NVIDIA HPC SDK compilers (nvc, nvfortran)
compilers|aocc|AMD Optimizing C/C++ Compiler
compilers|go|Go programming language toolchain
compilers|rust|Rust compiler and cargo
compilers|julia|Julia language runtime
compilers|openjdk|OpenJDK Java runtime and compiler
compilers|nodejs|Node.js JavaScript runtime
compilers|perl|Perl 5 interpreter
compilers|ruby|Ruby interpreter
compilers|lua|Lua interpreter
compilers|tcl|Tcl interpreter
compilers|gfortran-legacy|compatibility Fortran runtime for old binaries
mpi|openmpi|Open MPI message-passing library
mpi|intel-mpi|Intel MPI library
mpi|mpich|MPICH message-passing library
mpi|mvapich2|MVAPICH2 MPI for InfiniBand
mpi|ucx|Unified Communication X transport layer
mpi|libfabric|OpenFabrics Interfaces library
mpi|hwloc|portable hardware locality library
mpi|pmix|process management interface for exascale
gpu|cuda|NVIDIA CUDA toolkit
gpu|cudnn|NVIDIA cuDNN deep-learning primitives
gpu|nccl|NVIDIA collective communications library
gpu|tensorrt|NVIDIA TensorRT inference runtime
gpu|nsight-systems|NVIDIA Nsight Systems profiler
gpu|nsight-compute|NVIDIA Nsight Compute kernel profiler
gpu|cutensor|NVIDIA cuTENSOR library
gpu|magma|MAGMA dense linear algebra on GPUs
gpu|kokkos|Kokkos performance-portability library
gpu|hipsycl|AdaptiveCpp (hipSYCL) SYCL implementation
math|openblas|OpenBLAS optimized BLAS and LAPACK
math|intel-mkl|Intel oneAPI Math Kernel Library
math|fftw|FFTW fast Fourier transform library
math|scalapack|ScaLAPACK distributed linear algebra
math|petsc|PETSc scalable solvers toolkit
math|slepc|SLEPc eigenvalue solvers
math|trilinos|Trilinos solver framework
math|hypre|hypre preconditioners
math|mumps|MUMPS sparse direct solver
math|superlu-dist|SuperLU_DIST sparse solver
math|suitesparse|SuiteSparse sparse matrix collection
math|eigen|Eigen C++ template library
math|arpack-ng|ARPACK-NG eigenvalue routines
math|gsl|GNU Scientific Library
math|metis|METIS graph partitioning
math|parmetis|ParMETIS parallel graph partitioning
math|scotch|Scotch graph partitioning
math|sundials|SUNDIALS ODE and DAE solvers
math|gmp|GNU multiple precision arithmetic
math|mpfr|MPFR multiple precision floating point
math|boost|Boost C++ libraries
math|armadillo|Armadillo C++ linear algebra
math|elpa|ELPA eigenvalue solvers
math|libxsmm|LIBXSMM small matrix multiplication
math|blis|BLIS BLAS-like library
math|qhull|Qhull convex hull
math|cgal|CGAL computational geometry
io|hdf5|HDF5 data format library
io|netcdf-c|NetCDF C library
io|netcdf-fortran|NetCDF Fortran bindings
io|pnetcdf|Parallel NetCDF
io|adios2|ADIOS2 I/O framework
io|zlib|zlib compression library
io|zstd|Zstandard compression
io|szip|Szip compression
io|libpng|PNG library
io|libtiff|TIFF library
io|proj|PROJ cartographic projections
io|gdal|GDAL geospatial data abstraction library
io|geos|GEOS geometry engine
io|eccodes|ecCodes GRIB/BUFR decoding
io|cdo|Climate Data Operators
io|nco|NetCDF Operators
io|silo|Silo mesh and field I/O
io|xz|XZ compression utilities
io|pigz|parallel gzip
io|rclone|rclone cloud storage sync
io|globus-cli|Globus command-line interface
tools|cmake|CMake build system
tools|ninja|Ninja build tool
tools|meson|Meson build system
tools|autoconf|GNU Autoconf
tools|automake|GNU Automake
tools|git|Git version control
tools|git-lfs|Git Large File Storage
tools|gdb|GNU debugger
tools|valgrind|Valgrind memory debugger
tools|linaro-forge|Linaro Forge (DDT/MAP) debugger and profiler
tools|vtune|Intel VTune Profiler
tools|likwid|LIKWID performance tools
tools|papi|PAPI hardware counters
tools|scorep|Score-P instrumentation
tools|tau|TAU performance system
tools|darshan|Darshan I/O characterization
tools|parallel|GNU parallel
tools|tmux|tmux terminal multiplexer
tools|htop|htop process viewer
tools|apptainer|Apptainer container runtime
tools|spack|Spack package manager (user instance)
tools|easybuild|EasyBuild framework
tools|conda|Miniforge conda distribution
tools|mamba|Mamba package manager
tools|swig|SWIG wrapper generator
tools|doxygen|Doxygen documentation generator
tools|pandoc|Pandoc document converter
tools|texlive|TeX Live distribution
tools|ffmpeg|FFmpeg audio/video tools
tools|imagemagick|ImageMagick image tools
tools|jq|jq JSON processor
tools|sqlite|SQLite database
tools|postgresql|PostgreSQL client and server
tools|code-server|VS Code in the browser
tools|nextflow|Nextflow workflow manager
tools|snakemake|Snakemake workflow manager
tools|cromwell|Cromwell workflow engine
tools|dask|Dask parallel computing
tools|ray|Ray distributed computing
tools|mlflow|MLflow experiment tracking
lang|python|Python 3 interpreter with core scientific packages
lang|r|R statistical computing environment
lang|matlab|MATLAB numerical computing (campus licence)
lang|octave|GNU Octave
lang|mathematica|Wolfram Mathematica (licence server)
lang|stata|Stata statistics (licence server)
lang|sas|SAS analytics (licence server)
lang|jupyterlab|JupyterLab interactive notebooks
lang|rstudio-server|RStudio Server
lang|scipy-stack|SciPy bundle (numpy, scipy, pandas, matplotlib)
lang|mpi4py|mpi4py MPI for Python
lang|numba|Numba JIT compiler for Python
lang|cython|Cython compiler
lang|gurobi|Gurobi optimizer (academic licence)
lang|cplex|IBM CPLEX optimizer
ml|pytorch|PyTorch deep-learning framework
ml|tensorflow|TensorFlow deep-learning framework
ml|jax|JAX accelerated numerical computing
ml|scikit-learn|scikit-learn machine learning
ml|xgboost|XGBoost gradient boosting
ml|lightgbm|LightGBM gradient boosting
ml|transformers|Hugging Face Transformers
ml|deepspeed|DeepSpeed training optimization
ml|horovod|Horovod distributed training
ml|onnxruntime|ONNX Runtime
ml|opencv|OpenCV computer vision
ml|rapids|RAPIDS GPU data science
ml|vllm|vLLM inference server
ml|apex|NVIDIA Apex mixed precision
ml|pytorch-geometric|PyTorch Geometric graph networks
ml|keras|Keras high-level API
ml|optuna|Optuna hyperparameter optimization
ml|flash-attention|FlashAttention kernels
chem|gromacs|GROMACS molecular dynamics
chem|lammps|LAMMPS molecular dynamics
chem|namd|NAMD molecular dynamics
chem|amber|Amber/AmberTools molecular dynamics
chem|openmm|OpenMM molecular simulation
chem|cp2k|CP2K atomistic simulation
chem|quantum-espresso|Quantum ESPRESSO DFT
chem|vasp|VASP DFT (licensed groups only)
chem|orca|ORCA quantum chemistry
chem|gaussian|Gaussian quantum chemistry (licensed)
chem|nwchem|NWChem computational chemistry
chem|psi4|Psi4 quantum chemistry
chem|siesta|SIESTA DFT
chem|abinit|ABINIT DFT
chem|gpaw|GPAW DFT
chem|xtb|xtb semi-empirical methods
chem|crest|CREST conformer search
chem|plumed|PLUMED enhanced sampling
chem|vmd|VMD molecular visualization
chem|openbabel|Open Babel chemistry toolbox
chem|rdkit|RDKit cheminformatics
chem|ase|Atomic Simulation Environment
chem|pymol|PyMOL molecular graphics
chem|autodock-vina|AutoDock Vina docking
chem|dftbplus|DFTB+ tight binding
chem|molpro|Molpro quantum chemistry (licensed)
chem|turbomole|TURBOMOLE quantum chemistry (licensed)
chem|wannier90|Wannier90 maximally localised Wannier functions
chem|phonopy|Phonopy phonon calculations
chem|mdanalysis|MDAnalysis trajectory analysis
chem|packmol|Packmol initial configurations
chem|cpmd|CPMD Car-Parrinello MD
bio|samtools|SAMtools sequence alignment utilities
bio|bcftools|BCFtools variant calling utilities
bio|htslib|HTSlib high-throughput sequencing library
bio|bwa|BWA short-read aligner
bio|bwa-mem2|BWA-MEM2 aligner
bio|bowtie2|Bowtie 2 aligner
bio|hisat2|HISAT2 spliced aligner
bio|star|STAR RNA-seq aligner
bio|minimap2|minimap2 long-read aligner
bio|salmon|Salmon transcript quantification
bio|kallisto|kallisto pseudoalignment
bio|gatk|GATK variant discovery
bio|picard|Picard sequencing tools
bio|bedtools|BEDTools genome arithmetic
bio|fastqc|FastQC read quality control
bio|multiqc|MultiQC report aggregation
bio|trimmomatic|Trimmomatic read trimming
bio|cutadapt|Cutadapt adapter trimming
bio|fastp|fastp preprocessing
bio|spades|SPAdes genome assembler
bio|megahit|MEGAHIT metagenome assembler
bio|flye|Flye long-read assembler
bio|canu|Canu long-read assembler
bio|busco|BUSCO completeness assessment
bio|prokka|Prokka prokaryotic annotation
bio|augustus|AUGUSTUS gene prediction
bio|blast-plus|NCBI BLAST+
bio|diamond|DIAMOND protein aligner
bio|hmmer|HMMER profile HMMs
bio|mafft|MAFFT multiple alignment
bio|muscle|MUSCLE multiple alignment
bio|iqtree|IQ-TREE phylogenetics
bio|raxml-ng|RAxML-NG phylogenetics
bio|mrbayes|MrBayes Bayesian phylogenetics
bio|beast2|BEAST 2 Bayesian evolutionary analysis
bio|plink|PLINK genome association
bio|regenie|regenie whole-genome regression
bio|vcftools|VCFtools
bio|seqkit|SeqKit FASTA/Q toolkit
bio|kraken2|Kraken 2 taxonomic classification
bio|metaphlan|MetaPhlAn profiling
bio|qiime2|QIIME 2 microbiome analysis
bio|cellranger|Cell Ranger single-cell pipeline
bio|alphafold|AlphaFold protein structure prediction
bio|colabfold|ColabFold structure prediction
bio|relion|RELION cryo-EM processing
bio|cryosparc|cryoSPARC cryo-EM (worker module)
bio|ctffind|CTFFIND defocus estimation
bio|motioncor2|MotionCor2 beam-induced motion correction
bio|rosetta|Rosetta macromolecular modelling (licensed)
bio|nanopolish|Nanopolish signal-level analysis
bio|dorado|Dorado nanopore basecaller
bio|deeptools|deepTools
bio|macs3|MACS3 peak calling
bio|homer|HOMER motif analysis
bio|subread|Subread/featureCounts
bio|rsem|RSEM expression estimation
bio|trinity|Trinity de novo transcriptome assembly
bio|bismark|Bismark bisulfite aligner
bio|snpeff|SnpEff variant annotation
bio|vep|Ensembl Variant Effect Predictor
bio|freebayes|FreeBayes variant caller
bio|deepvariant|DeepVariant variant caller
bio|mmseqs2|MMseqs2 sequence search
bio|checkm2|CheckM2 genome quality
bio|gtdbtk|GTDB-Tk taxonomy
cfd|openfoam|OpenFOAM CFD toolbox
cfd|su2|SU2 multiphysics
cfd|nek5000|Nek5000 spectral element CFD
cfd|ansys-fluent|Ansys Fluent (licence server)
cfd|star-ccm|Simcenter STAR-CCM+ (licence server)
cfd|comsol|COMSOL Multiphysics (licence server)
cfd|abaqus|Abaqus FEA (licence server)
cfd|fenics|FEniCS finite elements
cfd|dealii|deal.II finite elements
cfd|moose|MOOSE multiphysics framework
cfd|code-saturne|code_saturne CFD
cfd|gmsh|Gmsh mesh generator
cfd|paraview|ParaView visualization
cfd|visit|VisIt visualization
cfd|palabos|Palabos lattice Boltzmann
cfd|elmer|Elmer FEM
cfd|calculix|CalculiX FEA
cfd|lsdyna|LS-DYNA (licence server)
earth|wrf|WRF weather research and forecasting
earth|wps|WRF Preprocessing System
earth|cesm-tools|CESM input tools
earth|mitgcm|MITgcm ocean model
earth|roms|ROMS regional ocean model
earth|nemo|NEMO ocean engine
earth|xios|XIOS I/O server
earth|cmor|CMOR climate output rewriter
earth|ncview|ncview NetCDF viewer
earth|grads|GrADS
earth|esmf|ESMF earth system modelling framework
earth|swan|SWAN wave model
earth|ww3|WAVEWATCH III wave model
earth|flexpart|FLEXPART dispersion model
earth|gmt|Generic Mapping Tools
earth|qgis|QGIS desktop GIS
earth|grass|GRASS GIS
earth|saga-gis|SAGA GIS
earth|specfem3d|SPECFEM3D seismic wave propagation
earth|obspy|ObsPy seismology toolkit
physics|root|CERN ROOT data analysis
physics|geant4|Geant4 particle transport
physics|pythia8|Pythia 8 event generator
physics|madgraph|MadGraph5_aMC@NLO
physics|fastjet|FastJet jet finding
physics|delphes|Delphes detector simulation
physics|lhapdf|LHAPDF parton distributions
physics|openradioss|OpenRadioss explicit solver
physics|meep|Meep FDTD electromagnetics
physics|elmerfem-em|Elmer electromagnetics add-on
physics|qutip|QuTiP quantum toolbox
physics|itensor|ITensor tensor networks
physics|quspin|QuSpin exact diagonalisation
physics|gadget4|GADGET-4 cosmological simulation
physics|athena-pp|Athena++ MHD
physics|flash-code|FLASH multiphysics code
physics|healpix|HEALPix sky pixelisation
physics|casa|CASA radio astronomy
physics|astropy|Astropy bundle
physics|heasoft|HEASoft high-energy astrophysics
physics|ciao|CIAO Chandra analysis
physics|mesa-star|MESA stellar evolution
physics|cloudy|Cloudy spectral synthesis
physics|lalsuite|LALSuite gravitational waves
social|stan|CmdStan Bayesian inference
social|jags|JAGS Gibbs sampler
social|spark|Apache Spark
social|hadoop-client|Hadoop client tools
social|neo4j|Neo4j graph database (user instance)
social|elasticsearch|Elasticsearch (user instance)
social|tesseract|Tesseract OCR
social|spacy|spaCy NLP
social|nltk|NLTK toolkit
social|gensim|Gensim topic modelling
social|mallet|MALLET topic modelling
social|praat|Praat phonetics
social|netlogo|NetLogo agent-based modelling
social|mesa-abm|Mesa agent-based modelling (Python)
social|anylogic-cli|AnyLogic headless runner (licensed)
social|rclone-ui|rclone web UI helper
"""
MODULES = []
for line in RAW.strip().splitlines():
    cat, name, desc = line.split("|")
    MODULES.append((cat, name, desc))
