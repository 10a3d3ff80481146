/**
 * Resource quantities inside Kubernetes JSON, rewritten in canonical form the way Go's
 * round trip through the typed object does (`limits: {cpu: 2000m}` comes back as `cpu: "2"`).
 * The schema tables say where quantities are; everything else, key order included, is kept.
 */
import { type Json } from '../k8s/json.js';
/**
 * A copy of `json` (of the registry type `typeExpr`, e.g. `PodSpec`) with every resource
 * quantity in canonical form. Throws KinjectError (INJECTION) for a quantity Go rejects.
 */
export declare function canonicalizeQuantities(typeExpr: string, json: Json): Json;
