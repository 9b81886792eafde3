/**
 * The client's machinery: one HTTP attempt ({@code Transport}), the retry loop and its deadline
 * ({@link dev.eventsim.client.internal.Caller}), the recoveries' contract, error decoding and
 * paging. Not part of the client's API: the module does not export this package; its public
 * types are public only so the operation groups in the feature packages can use them.
 */
package dev.eventsim.client.internal;
