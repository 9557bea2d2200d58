// rdf-ext ships no type declarations; the tests use only its dataset factory.
declare module 'rdf-ext' {
  import type { DatasetCore, Quad } from '@rdfjs/types';

  const rdf: { dataset(quads?: Iterable<Quad>): DatasetCore };
  export default rdf;
}
