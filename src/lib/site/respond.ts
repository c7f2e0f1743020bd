/** Responses of the static API endpoints. */

/** Pretty-printed JSON, so that people can read the files in a browser and diff them. */
export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
