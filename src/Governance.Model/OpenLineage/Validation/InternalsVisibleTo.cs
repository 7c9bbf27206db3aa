using System.Runtime.CompilerServices;

// Lets Governance.Model.Tests load schema sets with an extra (bad) document to prove nothing is ever fetched.
[assembly: InternalsVisibleTo("Governance.Model.Tests")]
