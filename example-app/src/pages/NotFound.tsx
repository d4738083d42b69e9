import { Link } from 'react-router-dom';
import { PageTitle } from '../components/PageTitle';

export function NotFound() {
  return (
    <>
      <PageTitle title="Not found">Page not found</PageTitle>
      <p>
        Nothing lives here. <Link to="/">Back to the home page</Link>.
      </p>
    </>
  );
}
